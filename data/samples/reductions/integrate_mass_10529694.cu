// Warp 1.19.0 cuda code for integrate_mass_10529694.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_mass_fff776d9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1024;
        wp::int32 var_9;
        const wp::int32 var_10 = 31;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1024;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4096;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.5;
        const wp::float32 var_21 = 0.75;
        const wp::float32 var_22 = 0.25;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.01;
        const wp::float32 var_25 = 0.1;
        const wp::float32 var_26 = 3.0;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        //---------
        // forward
        // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // weight = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                   <L 9>
        var_7 = wp::abs(var_0);
        var_9 = wp::mod(var_7, var_8);
        var_11 = wp::mul(var_9, var_10);
        var_13 = wp::int(var_12);
        var_14 = wp::abs(var_13);
        var_16 = wp::mod(var_14, var_15);
        var_17 = wp::add(var_11, var_16);
        var_19 = wp::mod(var_17, var_18);
        // radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))       <L 10>
        var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
        var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
        var_30 = wp::clamp(var_5, var_28, var_29);
        var_31 = wp::lerp(var_23, var_27, var_30);
        var_32 = wp::sub(var_2, var_31);
        var_33 = wp::length(var_32);
        // contribution = float(cell_id) + radius_2                                               <L 11>
        var_34 = wp::float(var_19);
        var_35 = wp::add(var_34, var_33);
        // wp.atomic_add(total, 0, contribution)                                                  <L 12>
        var_37 = wp::atomic_add(var_total, var_36, var_35);
        // wp.atomic_max(peak, 0, contribution)                                                   <L 13>
        var_39 = wp::atomic_max(var_peak, var_38, var_35);
}



extern "C" __global__ void integrate_mass_fff776d9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::float32> adj_peak)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 1024;
        wp::int32 var_9;
        const wp::int32 var_10 = 31;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1024;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4096;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.5;
        const wp::float32 var_21 = 0.75;
        const wp::float32 var_22 = 0.25;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.01;
        const wp::float32 var_25 = 0.1;
        const wp::float32 var_26 = 3.0;
        wp::vec_t<3, wp::float32> var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 0;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        //---------
        // forward
        // def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // weight = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                   <L 9>
        var_7 = wp::abs(var_0);
        var_9 = wp::mod(var_7, var_8);
        var_11 = wp::mul(var_9, var_10);
        var_13 = wp::int(var_12);
        var_14 = wp::abs(var_13);
        var_16 = wp::mod(var_14, var_15);
        var_17 = wp::add(var_11, var_16);
        var_19 = wp::mod(var_17, var_18);
        // radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))       <L 10>
        var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
        var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
        var_30 = wp::clamp(var_5, var_28, var_29);
        var_31 = wp::lerp(var_23, var_27, var_30);
        var_32 = wp::sub(var_2, var_31);
        var_33 = wp::length(var_32);
        // contribution = float(cell_id) + radius_2                                               <L 11>
        var_34 = wp::float(var_19);
        var_35 = wp::add(var_34, var_33);
        // wp.atomic_add(total, 0, contribution)                                                  <L 12>
        // var_37 = wp::atomic_add(var_total, var_36, var_35);
        // wp.atomic_max(peak, 0, contribution)                                                   <L 13>
        // var_39 = wp::atomic_max(var_peak, var_38, var_35);
        //---------
        // reverse
        wp::adj_atomic_max(var_peak, var_38, var_35, adj_peak, adj_38, adj_35, adj_39);
        // adj: wp.atomic_max(peak, 0, contribution)                                              <L 13>
        wp::adj_atomic_add(var_total, var_36, var_35, adj_total, adj_36, adj_35, adj_37);
        // adj: wp.atomic_add(total, 0, contribution)                                             <L 12>
        wp::adj_add(var_34, var_33, adj_34, adj_33, adj_35);
        wp::adj_float(var_19, adj_19, adj_34);
        // adj: contribution = float(cell_id) + radius_2                                          <L 11>
        wp::adj_length(var_32, var_33, adj_32, adj_33);
        wp::adj_sub(var_2, var_31, adj_2, adj_31, adj_32);
        wp::adj_lerp(var_23, var_27, var_30, adj_23, adj_27, adj_30, adj_31);
        wp::adj_clamp(var_5, var_28, var_29, adj_5, adj_28, adj_29, adj_30);
        wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
        wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
        // adj: radius_2 = wp.length(sample - wp.lerp(wp.vec3(0.5, 0.75, 0.25), wp.vec3(0.01, 0.1, 3.0), wp.clamp(weight, 0.0, 1.0)))  <L 10>
        wp::adj_mod(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_11, var_16, adj_11, adj_16, adj_17);
        wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_abs(var_13, adj_13, adj_14);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_mod(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_abs(var_0, adj_0, adj_7);
        // adj: cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096              <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: weight = weights[tid]                                                             <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: sample = samples[tid]                                                             <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def integrate_mass(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 5>
        return;
}

