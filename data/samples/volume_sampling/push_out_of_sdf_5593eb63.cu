// Warp 1.19.0 cuda code for push_out_of_sdf_5593eb63.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void push_out_of_sdf_77d8c9b0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_margin,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = -9.81;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // forward
        // def push_out_of_sdf(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 15>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_new = v + wp.vec3(0.0, -9.81, 0.0) * dt                                              <L 16>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        var_11 = wp::mul(var_10, var_dt);
        var_12 = wp::add(var_5, var_11);
        // x_pred = p + v_new * dt                                                                <L 17>
        var_13 = wp::mul(var_12, var_dt);
        var_14 = wp::add(var_2, var_13);
        // x_local = wp.volume_world_to_index(sdf_volume, x_pred)                                 <L 18>
        var_15 = wp::volume_world_to_index(var_sdf_volume, var_14);
        // n = wp.vec3()                                                                          <L 19>
        var_16 = wp::vec_t<3, wp::float32>();
        // d = wp.volume_sample_grad_f(sdf_volume, x_local, wp.Volume.LINEAR, n)                  <L 20>
        var_19 = wp::volume_sample_grad_f(var_sdf_volume, var_15, var_18, var_16);
        // if d < margin:                                                                         <L 21>
        var_20 = (var_19 < var_margin);
        if (var_20) {
            // n = wp.normalize(wp.volume_index_to_world_dir(sdf_volume, n))                      <L 23>
            var_21 = wp::volume_index_to_world_dir(var_sdf_volume, var_16);
            var_22 = wp::normalize(var_21);
            // x_pred = x_pred - n * (d - margin)                                                 <L 24>
            var_23 = wp::sub(var_19, var_margin);
            var_24 = wp::mul(var_22, var_23);
            var_25 = wp::sub(var_14, var_24);
            // v_new = v_new - n * wp.min(wp.dot(v_new, n), 0.0)                                  <L 25>
            var_26 = wp::dot(var_12, var_22);
            var_28 = wp::min(var_26, var_27);
            var_29 = wp::mul(var_22, var_28);
            var_30 = wp::sub(var_12, var_29);
        }
        var_31 = wp::where(var_20, var_30, var_12);
        var_32 = wp::where(var_20, var_25, var_14);
        var_33 = wp::where(var_20, var_22, var_16);
        // x_out[tid] = x_pred                                                                    <L 26>
        wp::array_store(var_x_out, var_0, var_32);
        // particle_v[tid] = v_new                                                                <L 27>
        wp::array_store(var_particle_v, var_0, var_31);
}



extern "C" __global__ void push_out_of_sdf_77d8c9b0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_margin,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_out,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::float32 adj_margin,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = -9.81;
        const wp::float32 var_9 = 0.0;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        const wp::int32 var_17 = 1;
        const wp::int32 var_18 = 1;
        wp::float32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        //---------
        // forward
        // def push_out_of_sdf(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 15>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_new = v + wp.vec3(0.0, -9.81, 0.0) * dt                                              <L 16>
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        var_11 = wp::mul(var_10, var_dt);
        var_12 = wp::add(var_5, var_11);
        // x_pred = p + v_new * dt                                                                <L 17>
        var_13 = wp::mul(var_12, var_dt);
        var_14 = wp::add(var_2, var_13);
        // x_local = wp.volume_world_to_index(sdf_volume, x_pred)                                 <L 18>
        var_15 = wp::volume_world_to_index(var_sdf_volume, var_14);
        // n = wp.vec3()                                                                          <L 19>
        var_16 = wp::vec_t<3, wp::float32>();
        // d = wp.volume_sample_grad_f(sdf_volume, x_local, wp.Volume.LINEAR, n)                  <L 20>
        var_19 = wp::volume_sample_grad_f(var_sdf_volume, var_15, var_18, var_16);
        // if d < margin:                                                                         <L 21>
        var_20 = (var_19 < var_margin);
        if (var_20) {
            // n = wp.normalize(wp.volume_index_to_world_dir(sdf_volume, n))                      <L 23>
            var_21 = wp::volume_index_to_world_dir(var_sdf_volume, var_16);
            var_22 = wp::normalize(var_21);
            // x_pred = x_pred - n * (d - margin)                                                 <L 24>
            var_23 = wp::sub(var_19, var_margin);
            var_24 = wp::mul(var_22, var_23);
            var_25 = wp::sub(var_14, var_24);
            // v_new = v_new - n * wp.min(wp.dot(v_new, n), 0.0)                                  <L 25>
            var_26 = wp::dot(var_12, var_22);
            var_28 = wp::min(var_26, var_27);
            var_29 = wp::mul(var_22, var_28);
            var_30 = wp::sub(var_12, var_29);
        }
        var_31 = wp::where(var_20, var_30, var_12);
        var_32 = wp::where(var_20, var_25, var_14);
        var_33 = wp::where(var_20, var_22, var_16);
        // x_out[tid] = x_pred                                                                    <L 26>
        // wp::array_store(var_x_out, var_0, var_32);
        // particle_v[tid] = v_new                                                                <L 27>
        // wp::array_store(var_particle_v, var_0, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_particle_v, var_0, var_31, adj_particle_v, adj_0, adj_31);
        // adj: particle_v[tid] = v_new                                                           <L 27>
        wp::adj_array_store(var_x_out, var_0, var_32, adj_x_out, adj_0, adj_32);
        // adj: x_out[tid] = x_pred                                                               <L 26>
        wp::adj_where(var_20, var_22, var_16, adj_20, adj_22, adj_16, adj_33);
        wp::adj_where(var_20, var_25, var_14, adj_20, adj_25, adj_14, adj_32);
        wp::adj_where(var_20, var_30, var_12, adj_20, adj_30, adj_12, adj_31);
        if (var_20) {
            wp::adj_sub(var_12, var_29, adj_12, adj_29, adj_30);
            wp::adj_mul(var_22, var_28, adj_22, adj_28, adj_29);
            wp::adj_min(var_26, var_27, adj_26, adj_27, adj_28);
            wp::adj_dot(var_12, var_22, adj_12, adj_22, adj_26);
            // adj: v_new = v_new - n * wp.min(wp.dot(v_new, n), 0.0)                             <L 25>
            wp::adj_sub(var_14, var_24, adj_14, adj_24, adj_25);
            wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
            wp::adj_sub(var_19, var_margin, adj_19, adj_margin, adj_23);
            // adj: x_pred = x_pred - n * (d - margin)                                            <L 24>
            wp::adj_normalize(var_21, var_22, adj_21, adj_22);
            wp::adj_volume_index_to_world_dir(var_sdf_volume, var_16, adj_sdf_volume, adj_16, adj_21);
            // adj: n = wp.normalize(wp.volume_index_to_world_dir(sdf_volume, n))                 <L 23>
        }
        // adj: if d < margin:                                                                    <L 21>
        wp::adj_volume_sample_grad_f(var_sdf_volume, var_15, var_18, var_16, adj_sdf_volume, adj_15, adj_18, adj_16, adj_19);
        // adj: d = wp.volume_sample_grad_f(sdf_volume, x_local, wp.Volume.LINEAR, n)             <L 20>
        // adj: n = wp.vec3()                                                                     <L 19>
        wp::adj_volume_world_to_index(var_sdf_volume, var_14, adj_sdf_volume, adj_14, adj_15);
        // adj: x_local = wp.volume_world_to_index(sdf_volume, x_pred)                            <L 18>
        wp::adj_add(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
        // adj: x_pred = p + v_new * dt                                                           <L 17>
        wp::adj_add(var_5, var_11, adj_5, adj_11, adj_12);
        wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_11);
        wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        // adj: v_new = v + wp.vec3(0.0, -9.81, 0.0) * dt                                         <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
        // adj: v = particle_v[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def push_out_of_sdf(                                                              <L 5>
        return;
}

