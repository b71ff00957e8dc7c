// Warp 1.19.0 cuda code for integrate_43c13e80.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_eba3f499_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_out,
    wp::float32 var_delta_time,
    wp::vec_t<2, wp::float32> var_gravity)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 15>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // force = forces[tid]                                                                    <L 16>
        var_4 = wp::address(var_forces, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv_m = inv_mass[tid]                                                                  <L 17>
        var_7 = wp::address(var_inv_mass, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_new = vel + (gravity + force * inv_m) * delta_time                                   <L 18>
        var_10 = wp::mul(var_5, var_8);
        var_11 = wp::add(var_gravity, var_10);
        var_12 = wp::mul(var_11, var_delta_time);
        var_13 = wp::add(var_2, var_12);
        // v_out[tid] = v_new                                                                     <L 19>
        wp::array_store(var_v_out, var_0, var_13);
        // positions[tid] = (positions[tid] + vel * delta_time) + v_new * delta_time              <L 20>
        var_14 = wp::address(var_positions, var_0);
        var_15 = wp::mul(var_2, var_delta_time);
        var_17 = wp::load(var_14);
        var_16 = wp::add(var_17, var_15);
        var_18 = wp::mul(var_13, var_delta_time);
        var_19 = wp::add(var_16, var_18);
        wp::array_store(var_positions, var_0, var_19);
    }
}



extern "C" __global__ void integrate_eba3f499_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_out,
    wp::float32 var_delta_time,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_forces,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v_out,
    wp::float32 adj_delta_time,
    wp::vec_t<2, wp::float32> adj_gravity)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32>* var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 15>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // force = forces[tid]                                                                    <L 16>
        var_4 = wp::address(var_forces, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // inv_m = inv_mass[tid]                                                                  <L 17>
        var_7 = wp::address(var_inv_mass, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_new = vel + (gravity + force * inv_m) * delta_time                                   <L 18>
        var_10 = wp::mul(var_5, var_8);
        var_11 = wp::add(var_gravity, var_10);
        var_12 = wp::mul(var_11, var_delta_time);
        var_13 = wp::add(var_2, var_12);
        // v_out[tid] = v_new                                                                     <L 19>
        // wp::array_store(var_v_out, var_0, var_13);
        // positions[tid] = (positions[tid] + vel * delta_time) + v_new * delta_time              <L 20>
        var_14 = wp::address(var_positions, var_0);
        var_15 = wp::mul(var_2, var_delta_time);
        var_17 = wp::load(var_14);
        var_16 = wp::add(var_17, var_15);
        var_18 = wp::mul(var_13, var_delta_time);
        var_19 = wp::add(var_16, var_18);
        // wp::array_store(var_positions, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_19, adj_positions, adj_0, adj_19);
        wp::adj_add(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_mul(var_13, var_delta_time, adj_13, adj_delta_time, adj_18);
        wp::adj_add(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_mul(var_2, var_delta_time, adj_2, adj_delta_time, adj_15);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_14);
        // adj: positions[tid] = (positions[tid] + vel * delta_time) + v_new * delta_time         <L 20>
        wp::adj_array_store(var_v_out, var_0, var_13, adj_v_out, adj_0, adj_13);
        // adj: v_out[tid] = v_new                                                                <L 19>
        wp::adj_add(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_mul(var_11, var_delta_time, adj_11, adj_delta_time, adj_12);
        wp::adj_add(var_gravity, var_10, adj_gravity, adj_10, adj_11);
        wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_10);
        // adj: v_new = vel + (gravity + force * inv_m) * delta_time                              <L 18>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_7);
        // adj: inv_m = inv_mass[tid]                                                             <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_4);
        // adj: force = forces[tid]                                                               <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: vel = v[tid]                                                                      <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def integrate(                                                                    <L 5>
        continue;
    }
}

