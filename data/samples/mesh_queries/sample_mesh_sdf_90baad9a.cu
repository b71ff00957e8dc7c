// Warp 1.19.0 cuda code for sample_mesh_sdf_90baad9a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_mesh_sdf_51e1d700_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::int32> var_inside,
    wp::float32 var_max_dist,
    wp::float32 var_theta)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::mesh_query_point_t var_24;
        const wp::int32 var_25 = 1;
        const wp::float32 var_26 = 0.1;
        const wp::int32 var_27 = 0;
        bool var_28;
        bool* var_29;
        bool var_30;
        wp::float32* var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        //---------
        // forward
        // def sample_mesh_sdf(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = samples[tid]                                                                       <L 13>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = wp.cos(theta)                                                                      <L 15>
        var_4 = wp::cos(var_theta);
        // s = wp.sin(theta)                                                                      <L 16>
        var_5 = wp::sin(var_theta);
        // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 17>
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::mul(var_4, var_7);
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::mul(var_5, var_10);
        var_12 = wp::add(var_8, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::neg(var_5);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::mul(var_4, var_20);
        var_22 = wp::add(var_18, var_21);
        var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
        // q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                             <L 18>
        var_24 = wp::mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26);
        // inside[tid] = 0                                                                        <L 19>
        wp::array_store(var_inside, var_0, var_27);
        // if q.result and q.sign < 0.0:                                                          <L 20>
        var_29 = &((var_24).result);
        var_30 = wp::load(var_29);
        var_28 = var_30;
        if (var_28) {
            var_31 = &((var_24).sign);
            var_34 = wp::load(var_31);
            var_33 = (var_34 < var_32);
            var_28 = var_28 && var_33;
        }
        if (var_28) {
            // inside[tid] = 1                                                                    <L 21>
            wp::array_store(var_inside, var_0, var_35);
        }
    }
}



extern "C" __global__ void sample_mesh_sdf_51e1d700_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::int32> var_inside,
    wp::float32 var_max_dist,
    wp::float32 var_theta,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::array_t<wp::int32> adj_inside,
    wp::float32 adj_max_dist,
    wp::float32 adj_theta)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 2;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 2;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::mesh_query_point_t var_24;
        const wp::int32 var_25 = 1;
        const wp::float32 var_26 = 0.1;
        const wp::int32 var_27 = 0;
        bool var_28;
        bool* var_29;
        bool var_30;
        wp::float32* var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::mesh_query_point_t adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        bool adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        //---------
        // forward
        // def sample_mesh_sdf(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = samples[tid]                                                                       <L 13>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // c = wp.cos(theta)                                                                      <L 15>
        var_4 = wp::cos(var_theta);
        // s = wp.sin(theta)                                                                      <L 16>
        var_5 = wp::sin(var_theta);
        // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 17>
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::mul(var_4, var_7);
        var_10 = wp::extract(var_2, var_9);
        var_11 = wp::mul(var_5, var_10);
        var_12 = wp::add(var_8, var_11);
        var_14 = wp::extract(var_2, var_13);
        var_15 = wp::neg(var_5);
        var_17 = wp::extract(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_2, var_19);
        var_21 = wp::mul(var_4, var_20);
        var_22 = wp::add(var_18, var_21);
        var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
        // q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                             <L 18>
        var_24 = wp::mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26);
        // inside[tid] = 0                                                                        <L 19>
        // wp::array_store(var_inside, var_0, var_27);
        // if q.result and q.sign < 0.0:                                                          <L 20>
        var_29 = &((var_24).result);
        var_30 = wp::load(var_29);
        var_28 = var_30;
        if (var_28) {
            var_31 = &((var_24).sign);
            var_34 = wp::load(var_31);
            var_33 = (var_34 < var_32);
            var_28 = var_28 && var_33;
        }
        if (var_28) {
            // inside[tid] = 1                                                                    <L 21>
            // wp::array_store(var_inside, var_0, var_35);
        }
        //---------
        // reverse
        if (var_28) {
            wp::adj_array_store(var_inside, var_0, var_35, adj_inside, adj_0, adj_35);
            // adj: inside[tid] = 1                                                               <L 21>
        }
        if (var_28) {
            adj_24.sign += adj_31;
        }
        adj_24.result = adj_29;
        // adj: if q.result and q.sign < 0.0:                                                     <L 20>
        wp::adj_array_store(var_inside, var_0, var_27, adj_inside, adj_0, adj_27);
        // adj: inside[tid] = 0                                                                   <L 19>
        wp::adj_mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26, var_24, adj_mesh_id, adj_23, adj_max_dist, adj_25, adj_26, adj_24);
        // adj: q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                        <L 18>
        wp::adj_vec_t(var_12, var_14, var_22, adj_12, adj_14, adj_22, adj_23);
        wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
        wp::adj_mul(var_4, var_20, adj_4, adj_20, adj_21);
        wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_neg(var_5, adj_5, adj_15);
        wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                     <L 17>
        wp::adj_sin(var_theta, adj_theta, adj_5);
        // adj: s = wp.sin(theta)                                                                 <L 16>
        wp::adj_cos(var_theta, adj_theta, adj_4);
        // adj: c = wp.cos(theta)                                                                 <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: p = samples[tid]                                                                  <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sample_mesh_sdf(                                                              <L 5>
        continue;
    }
}

