// Warp 1.19.0 cuda code for spectral_multiply_613ae53f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void velocity_divergence_2552549b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_divergence)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // forward
        // def velocity_divergence(u: wp.array2d[float], v: wp.array2d[float], divergence: wp.array2d[float]):       <L 34>
        // i, j = wp.tid()                                                                        <L 35>
        builtin_tid2d(var_0, var_1);
        // if i == u.shape[0] - 1:                                                                <L 36>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_8 = (var_0 == var_7);
        if (var_8) {
            // return                                                                             <L 37>
            continue;
        }
        // if j == u.shape[1] - 1:                                                                <L 38>
        var_9 = &(var_u.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = (var_1 == var_14);
        if (var_15) {
            // return                                                                             <L 39>
            continue;
        }
        // dx_term = (u[i + 1, j] - u[i, j]) * 0.5                                                <L 40>
        var_17 = wp::add(var_0, var_16);
        var_18 = wp::address(var_u, var_17, var_1);
        var_19 = wp::address(var_u, var_0, var_1);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_22);
        var_24 = wp::mul(var_20, var_23);
        // dy_term = (v[i, j + 1] - v[i, j]) * 0.5                                                <L 41>
        var_26 = wp::add(var_1, var_25);
        var_27 = wp::address(var_v, var_0, var_26);
        var_28 = wp::address(var_v, var_0, var_1);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        // divergence[i, j] = dx_term + dy_term                                                   <L 42>
        var_34 = wp::add(var_24, var_33);
        wp::array_store(var_divergence, var_0, var_1, var_34);
    }
}



extern "C" __global__ void velocity_divergence_2552549b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_u,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_divergence,
    wp::array_t<wp::float32> adj_u,
    wp::array_t<wp::float32> adj_v,
    wp::array_t<wp::float32> adj_divergence)
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
        wp::int32 var_1;
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::shape_t var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.5;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        //---------
        // forward
        // def velocity_divergence(u: wp.array2d[float], v: wp.array2d[float], divergence: wp.array2d[float]):       <L 34>
        // i, j = wp.tid()                                                                        <L 35>
        builtin_tid2d(var_0, var_1);
        // if i == u.shape[0] - 1:                                                                <L 36>
        var_2 = &(var_u.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_8 = (var_0 == var_7);
        if (var_8) {
            // return                                                                             <L 37>
            goto label0;
        }
        // if j == u.shape[1] - 1:                                                                <L 38>
        var_9 = &(var_u.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_14 = wp::sub(var_11, var_13);
        var_15 = (var_1 == var_14);
        if (var_15) {
            // return                                                                             <L 39>
            goto label1;
        }
        // dx_term = (u[i + 1, j] - u[i, j]) * 0.5                                                <L 40>
        var_17 = wp::add(var_0, var_16);
        var_18 = wp::address(var_u, var_17, var_1);
        var_19 = wp::address(var_u, var_0, var_1);
        var_21 = wp::load(var_18);
        var_22 = wp::load(var_19);
        var_20 = wp::sub(var_21, var_22);
        var_24 = wp::mul(var_20, var_23);
        // dy_term = (v[i, j + 1] - v[i, j]) * 0.5                                                <L 41>
        var_26 = wp::add(var_1, var_25);
        var_27 = wp::address(var_v, var_0, var_26);
        var_28 = wp::address(var_v, var_0, var_1);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        var_33 = wp::mul(var_29, var_32);
        // divergence[i, j] = dx_term + dy_term                                                   <L 42>
        var_34 = wp::add(var_24, var_33);
        // wp::array_store(var_divergence, var_0, var_1, var_34);
        //---------
        // reverse
        wp::adj_array_store(var_divergence, var_0, var_1, var_34, adj_divergence, adj_0, adj_1, adj_34);
        wp::adj_add(var_24, var_33, adj_24, adj_33, adj_34);
        // adj: divergence[i, j] = dx_term + dy_term                                              <L 42>
        wp::adj_mul(var_29, var_32, adj_29, adj_32, adj_33);
        wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
        wp::adj_address(var_v, var_0, var_1, adj_v, adj_0, adj_1, adj_28);
        wp::adj_address(var_v, var_0, var_26, adj_v, adj_0, adj_26, adj_27);
        wp::adj_add(var_1, var_25, adj_1, adj_25, adj_26);
        // adj: dy_term = (v[i, j + 1] - v[i, j]) * 0.5                                           <L 41>
        wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_24);
        wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_19);
        wp::adj_address(var_u, var_17, var_1, adj_u, adj_17, adj_1, adj_18);
        wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: dx_term = (u[i + 1, j] - u[i, j]) * 0.5                                           <L 40>
        if (var_15) {
            label1:;
            // adj: return                                                                        <L 39>
        }
        wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
        adj_u.shape = adj_9;
        // adj: if j == u.shape[1] - 1:                                                           <L 38>
        if (var_8) {
            label0:;
            // adj: return                                                                        <L 37>
        }
        wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
        adj_u.shape = adj_2;
        // adj: if i == u.shape[0] - 1:                                                           <L 36>
        // adj: i, j = wp.tid()                                                                   <L 35>
        // adj: def velocity_divergence(u: wp.array2d[float], v: wp.array2d[float], divergence: wp.array2d[float]):  <L 34>
        continue;
    }
}



extern "C" __global__ void apply_source_8924033f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_source)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def apply_source(delta_time: float, density: wp.array2d[float], source: wp.array2d[float]):       <L 46>
        // i, j = wp.tid()                                                                        <L 47>
        builtin_tid2d(var_0, var_1);
        // s = source[i, j]                                                                       <L 48>
        var_2 = wp::address(var_source, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // density[i, j] += delta_time * s                                                        <L 49>
        var_5 = wp::mul(var_delta_time, var_3);
        var_6 = wp::atomic_add(var_density, var_0, var_1, var_5);
    }
}



extern "C" __global__ void apply_source_8924033f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::float32> var_source,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::float32> adj_source)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def apply_source(delta_time: float, density: wp.array2d[float], source: wp.array2d[float]):       <L 46>
        // i, j = wp.tid()                                                                        <L 47>
        builtin_tid2d(var_0, var_1);
        // s = source[i, j]                                                                       <L 48>
        var_2 = wp::address(var_source, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // density[i, j] += delta_time * s                                                        <L 49>
        var_5 = wp::mul(var_delta_time, var_3);
        // var_6 = wp::atomic_add(var_density, var_0, var_1, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_density, var_0, var_1, var_5, adj_density, adj_0, adj_1, adj_5, adj_6);
        wp::adj_mul(var_delta_time, var_3, adj_delta_time, adj_3, adj_5);
        // adj: density[i, j] += delta_time * s                                                   <L 49>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_source, var_0, var_1, adj_source, adj_0, adj_1, adj_2);
        // adj: s = source[i, j]                                                                  <L 48>
        // adj: i, j = wp.tid()                                                                   <L 47>
        // adj: def apply_source(delta_time: float, density: wp.array2d[float], source: wp.array2d[float]):  <L 46>
        continue;
    }
}



extern "C" __global__ void extract_real_and_normalize_b5dc521c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat,
    wp::float32 var_divisor,
    wp::array_t<wp::float32> var_real_array)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def extract_real_and_normalize(                                                        <L 23>
        // i, j = wp.tid()                                                                        <L 29>
        builtin_tid2d(var_0, var_1);
        // real_array[i, j] = omega_hat[i, j][0] / divisor                                        <L 30>
        var_2 = wp::address(var_omega_hat, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::div(var_4, var_divisor);
        wp::array_store(var_real_array, var_0, var_1, var_6);
    }
}



extern "C" __global__ void extract_real_and_normalize_b5dc521c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat,
    wp::float32 var_divisor,
    wp::array_t<wp::float32> var_real_array,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_omega_hat,
    wp::float32 adj_divisor,
    wp::array_t<wp::float32> adj_real_array)
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        const wp::int32 var_3 = 0;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def extract_real_and_normalize(                                                        <L 23>
        // i, j = wp.tid()                                                                        <L 29>
        builtin_tid2d(var_0, var_1);
        // real_array[i, j] = omega_hat[i, j][0] / divisor                                        <L 30>
        var_2 = wp::address(var_omega_hat, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = wp::div(var_4, var_divisor);
        // wp::array_store(var_real_array, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_real_array, var_0, var_1, var_6, adj_real_array, adj_0, adj_1, adj_6);
        wp::adj_div(var_4, var_divisor, var_6, adj_4, adj_divisor, adj_6);
        wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
        wp::adj_address(var_omega_hat, var_0, var_1, adj_omega_hat, adj_0, adj_1, adj_2);
        // adj: real_array[i, j] = omega_hat[i, j][0] / divisor                                   <L 30>
        // adj: i, j = wp.tid()                                                                   <L 29>
        // adj: def extract_real_and_normalize(                                                   <L 23>
        continue;
    }
}



extern "C" __global__ void halo_copy_c8b7ec49_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_layer,
    wp::array_t<wp::vec_t<3, wp::float32>> var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_slot)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // forward
        // def halo_copy(layer: wp.int32, volume: wp.array3d[wp.vec3], slot: wp.array2d[wp.vec3]):       <L 16>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // slot[i, j] = volume[i, layer, j]                                                       <L 19>
        var_2 = wp::address(var_volume, var_0, var_layer, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        wp::array_store(var_slot, var_0, var_1, var_3);
    }
}



extern "C" __global__ void halo_copy_c8b7ec49_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_layer,
    wp::array_t<wp::vec_t<3, wp::float32>> var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_slot,
    wp::int32 adj_layer,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_slot)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        //---------
        // forward
        // def halo_copy(layer: wp.int32, volume: wp.array3d[wp.vec3], slot: wp.array2d[wp.vec3]):       <L 16>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // slot[i, j] = volume[i, layer, j]                                                       <L 19>
        var_2 = wp::address(var_volume, var_0, var_layer, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // wp::array_store(var_slot, var_0, var_1, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_slot, var_0, var_1, var_3, adj_slot, adj_0, adj_1, adj_3);
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_volume, var_0, var_layer, var_1, adj_volume, adj_0, adj_layer, adj_1, adj_2);
        // adj: slot[i, j] = volume[i, layer, j]                                                  <L 19>
        // adj: i, j = wp.tid()                                                                   <L 18>
        // adj: def halo_copy(layer: wp.int32, volume: wp.array3d[wp.vec3], slot: wp.array2d[wp.vec3]):  <L 16>
        continue;
    }
}



extern "C" __global__ void spectral_multiply_d5d46b67_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat,
    wp::array_t<wp::float32> var_green,
    wp::array_t<wp::vec_t<2, wp::float32>> var_result_hat)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // forward
        // def spectral_multiply(                                                                 <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // inv_k2 = green[i, j]                                                                   <L 11>
        var_2 = wp::address(var_green, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result_hat[i, j] = -omega_hat[i, j] * inv_k2                                           <L 12>
        var_5 = wp::address(var_omega_hat, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::neg(var_7);
        var_8 = wp::mul(var_6, var_3);
        wp::array_store(var_result_hat, var_0, var_1, var_8);
    }
}



extern "C" __global__ void spectral_multiply_d5d46b67_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_omega_hat,
    wp::array_t<wp::float32> var_green,
    wp::array_t<wp::vec_t<2, wp::float32>> var_result_hat,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_omega_hat,
    wp::array_t<wp::float32> adj_green,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_result_hat)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        //---------
        // forward
        // def spectral_multiply(                                                                 <L 5>
        // i, j = wp.tid()                                                                        <L 10>
        builtin_tid2d(var_0, var_1);
        // inv_k2 = green[i, j]                                                                   <L 11>
        var_2 = wp::address(var_green, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result_hat[i, j] = -omega_hat[i, j] * inv_k2                                           <L 12>
        var_5 = wp::address(var_omega_hat, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::neg(var_7);
        var_8 = wp::mul(var_6, var_3);
        // wp::array_store(var_result_hat, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_result_hat, var_0, var_1, var_8, adj_result_hat, adj_0, adj_1, adj_8);
        wp::adj_mul(var_6, var_3, adj_6, adj_3, adj_8);
        wp::adj_neg(var_7, adj_5, adj_6);
        wp::adj_address(var_omega_hat, var_0, var_1, adj_omega_hat, adj_0, adj_1, adj_5);
        // adj: result_hat[i, j] = -omega_hat[i, j] * inv_k2                                      <L 12>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_green, var_0, var_1, adj_green, adj_0, adj_1, adj_2);
        // adj: inv_k2 = green[i, j]                                                              <L 11>
        // adj: i, j = wp.tid()                                                                   <L 10>
        // adj: def spectral_multiply(                                                            <L 5>
        continue;
    }
}

